import { notFound } from "next/navigation";

// Any path no other page claims gets the localized 404 page.
export default function CatchAll() {
  notFound();
}
