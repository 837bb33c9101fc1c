// GOV.UK Frontend components (no inline scripts: the Content-Security-Policy forbids them).
import { initAll } from "./govuk/govuk-frontend.min.js";
import { enhanceAddressSearch } from "./address-search.js";

initAll();

// Long answer lists (local authorities, schemes, locations, organisations, users) become the GOV.UK accessible
// autocomplete: type to narrow, choose a suggestion. Progressive enhancement: without JavaScript, or on pages
// that do not load the autocomplete script, the <select> works as it is. The address search question's box
// becomes one too, listing the addresses found as the user types (address-search.js).
const autocomplete = window.accessibleAutocomplete;
if (autocomplete) {
  document.querySelectorAll("select[data-app-autocomplete]").forEach((selectElement) => {
    const chosen = selectElement.options[selectElement.selectedIndex];
    autocomplete.enhanceSelectElement({
      selectElement,
      // Nothing chosen yet: an empty box, not the "Select an option" placeholder.
      defaultValue: chosen && chosen.value ? chosen.textContent.trim() : "",
      showAllValues: true,
    });
  });
  enhanceAddressSearch(autocomplete);
}
