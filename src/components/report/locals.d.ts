// The report page tells the figure components which MDX file they are in, for error messages.
declare namespace App {
  interface Locals {
    /** Repository-relative path of the MDX page being rendered, e.g. "content/report/vi/i-1-policy-law.mdx". */
    mdxFile?: string;
  }
}
