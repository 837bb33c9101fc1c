// The address search question with JavaScript: its search box becomes the GOV.UK accessible autocomplete, which
// asks the frontend's JSON address search as the user types and lists the addresses found. Choosing one puts its
// UPRN in a hidden field named as the question, the field the no-JavaScript page's radios post, so "Save and
// continue" saves it exactly as without JavaScript. Typed text not chosen from the list is posted as the search
// box's text and searched for on saving, as without JavaScript; "Enter the address manually" stays as it is.

const PAUSE_BEFORE_SEARCH_MS = 300; // a search when the user pauses, not one per key
const NO_ADDRESS_FOUND = "No address found";
const SEARCH_FAILED = "The address search is not working. Enter the address manually";

// Suggestions are inserted as HTML: addresses come from an outside service, so they are escaped.
function escapeHtml(text) {
  const element = document.createElement("span");
  element.textContent = text;
  return element.innerHTML;
}

// The autocomplete's source: waits for a pause in typing, cancels a search a newer one replaces, and keeps the
// reason nothing is listed (no match, or the search's own message when it failed) for the "no results" text.
function addressSource(url, currentQuery) {
  let timer = null;
  let inFlight = null;
  let problem = "";

  async function search(query, populateResults) {
    inFlight?.abort();
    inFlight = new AbortController();
    let found = [];
    try {
      const response = await fetch(`${url}?${new URLSearchParams({ query })}`, {
        headers: { Accept: "application/json" },
        signal: inFlight.signal,
      });
      const body = await response.json();
      problem = response.ok ? "" : body.message || SEARCH_FAILED;
      found = response.ok ? body.addresses : [];
    } catch (error) {
      if (error.name === "AbortError") return; // a newer search replaced this one
      problem = SEARCH_FAILED;
    }
    // Text shortened or changed while this search ran: its list would describe something no longer typed.
    if (currentQuery() === query) populateResults(found);
  }

  return {
    source(query, populateResults) {
      clearTimeout(timer);
      timer = setTimeout(() => search(query, populateResults), PAUSE_BEFORE_SEARCH_MS);
    },
    noResults: () => problem || NO_ADDRESS_FOUND,
  };
}

function enhance(autocomplete, searchBox) {
  const form = searchBox.form;
  const chosenUprn = document.createElement("input");
  chosenUprn.type = "hidden";
  chosenUprn.name = searchBox.dataset.appAnswerField;
  const container = document.createElement("div");
  // The box leaves first: the autocomplete's own input takes its id (the label's and the error summary's target).
  searchBox.replaceWith(container);
  container.after(chosenUprn);
  const typed = () => document.getElementById(searchBox.id).value;
  const addresses = addressSource(searchBox.dataset.appAddressSearch, typed);
  autocomplete({
    element: container,
    id: searchBox.id,
    name: searchBox.name,
    defaultValue: searchBox.value,
    minLength: Number(searchBox.dataset.appMinLength),
    source: addresses.source,
    tNoResults: addresses.noResults,
    templates: {
      inputValue: (found) => (found ? found.address : ""),
      suggestion: (found) => escapeHtml(found.address),
    },
    onConfirm: (found) => {
      if (found) chosenUprn.value = found.uprn;
    },
    // Only a click or Enter on an address chooses it: never the first match, nor the highlighted one on leaving.
    autoselect: false,
    confirmOnBlur: false,
    inputClasses: searchBox.classList.contains("govuk-input--error") ? "govuk-input--error" : null,
  });
  // Typing again undoes the choice: the text no longer names the chosen address.
  container.addEventListener("input", () => {
    chosenUprn.value = "";
  });
  // The list searches as the user types; Enter in the box saves the page (and searches, as without JavaScript).
  form.querySelectorAll("[data-app-address-search-button]").forEach((button) => button.remove());
}

export function enhanceAddressSearch(autocomplete) {
  document.querySelectorAll("input[data-app-address-search]").forEach((searchBox) => enhance(autocomplete, searchBox));
}
