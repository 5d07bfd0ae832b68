import { createRoot } from "react-dom/client";
import "./desk.css";
import { App } from "./app";

createRoot(document.getElementById("root")!).render(<App />);
