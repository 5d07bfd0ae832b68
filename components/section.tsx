import type { ReactNode } from "react";

type Props = {
  /** The heading's id; the section is labelled by it, so screen readers announce its title. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
  headingClassName?: string;
  "data-testid"?: string;
};

/** A titled part of a page. */
export function Section({ id, title, children, className, headingClassName = "text-lg font-bold", ...rest }: Props) {
  return (
    <section aria-labelledby={id} className={className} {...rest}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
