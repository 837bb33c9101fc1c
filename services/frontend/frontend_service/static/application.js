// GOV.UK Frontend components (no inline scripts: the Content-Security-Policy forbids them).
import { initAll } from "./govuk/govuk-frontend.min.js";

initAll();
