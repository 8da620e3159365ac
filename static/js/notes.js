// Notes: a text selection inside a passage fills that passage's note form; counts and
// highlights elsewhere on the page follow a note's change. Wired by data- attributes only
// (strict CSP: no inline script):
//   .passage-text[data-passage-id][data-start][data-length]  a passage's text, its offset in
//                                               the article body and its length
//   .passage-text[data-refresh]                 where its text with highlights reloads from
//   [data-note-count=<passage id>]              a count of the notes on a passage
//   form[data-note-form=<passage id>]           with [data-span-start], [data-span-end],
//                                               [data-span-quote], [data-span-preview],
//                                               [data-span-text], [data-span-clear]
//   form [data-form-errors]                     where a refusal htmx does not swap is shown
//   .note > .note-actions > [data-form-errors]  the same for a note's controls outside
//                                               such a form (Edit, Delete)
// Without JavaScript the forms still add notes to whole passages, and pages reload.
(function () {
  "use strict";

  function passageTextOf(node) {
    var element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    return element ? element.closest(".passage-text[data-passage-id]") : null;
  }

  // The passage's own text in a fragment of its markup: words a comparison shows from
  // the passage it is compared with (.foreign) are not part of it.
  function ownText(fragment) {
    fragment.querySelectorAll(".foreign").forEach(function (element) { element.remove(); });
    return fragment.textContent;
  }

  // UTF-16 units of the passage's own text before (node, offset), whatever marks split it.
  function offsetIn(container, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return ownText(range.cloneContents()).length;
  }

  // Characters (code points, as the server counts them) in a string: an emoji or a rare
  // CJK character is two UTF-16 units of .length but one character.
  function characters(text) {
    return Array.from(text).length;
  }

  function formFor(passageId) {
    return document.querySelector('form[data-note-form="' + passageId + '"]');
  }

  function setSpan(form, start, end, quote) {
    form.querySelector("[data-span-start]").value = start === null ? "" : String(start);
    form.querySelector("[data-span-end]").value = end === null ? "" : String(end);
    form.querySelector("[data-span-quote]").value = quote;
    var preview = form.querySelector("[data-span-preview]");
    preview.querySelector("[data-span-text]").textContent = quote;
    preview.hidden = !quote;
  }

  function onSelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    var container = passageTextOf(range.startContainer);
    if (!container || container !== passageTextOf(range.endContainer)) return;
    var from = offsetIn(container, range.startContainer, range.startOffset);
    var to = offsetIn(container, range.endContainer, range.endOffset);
    var text = ownText(container.cloneNode(true));
    // A word diff may not spell the passage exactly: offsets would be wrong, so refuse.
    if (container.dataset.length && characters(text) !== parseInt(container.dataset.length, 10)) return;
    // Leave out blank space at either end of the selection, as readers mean the words.
    while (from < to && /\s/.test(text.charAt(from))) from += 1;
    while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
    if (from >= to) return;
    var base = parseInt(container.dataset.start, 10);
    var before = characters(text.slice(0, from));
    var quote = text.slice(from, to);
    var span = { passageId: container.dataset.passageId, start: base + before, end: base + before + characters(quote), quote: quote };
    var form = formFor(span.passageId);
    if (form) {
      fill(form, span);
      return;
    }
    // A comparison loads each notes panel when it is opened: open it, fill it once loaded.
    var holder = container.closest(".passage");
    var details = holder && holder.querySelector("details.notes");
    if (!details) return;
    pending = span;
    details.open = true;
  }

  var pending = null;

  function fill(form, span) {
    setSpan(form, span.start, span.end, span.quote);
    var details = form.closest("details");
    if (details) details.open = true;
    form.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("htmx:afterSettle", function () {
    if (!pending) return;
    var form = formFor(pending.passageId);
    if (!form) return;
    fill(form, pending);
    pending = null;
  });

  document.addEventListener("mouseup", onSelection);
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey) onSelection();
  });

  document.addEventListener("click", function (event) {
    var clear = event.target.closest("[data-span-clear]");
    if (!clear) return;
    setSpan(clear.closest("form"), null, null, "");
  });

  // A note was added, changed or deleted (the server's HX-Trigger "notes-changed"): its
  // passages' counts, and the highlights of span notes, wherever the page shows them.
  document.addEventListener("notes-changed", function (event) {
    var detail = event.detail || {};
    var counts = detail.counts || {};
    Object.keys(counts).forEach(function (passageId) {
      var count = counts[passageId];
      document.querySelectorAll('[data-note-count="' + passageId + '"]').forEach(function (element) {
        element.textContent = "(" + count + ")";
        var details = element.closest("details.notes");
        if (details) details.toggleAttribute("data-has-notes", count > 0);
      });
    });
    (detail.highlights || []).forEach(function (passageId) {
      var texts = document.querySelectorAll('.passage-text[data-passage-id="' + passageId + '"][data-refresh]');
      texts.forEach(function (text) {
        htmx.ajax("GET", text.dataset.refresh, { target: text, swap: "outerHTML" });
      });
    });
  });

  // A refusal htmx does not swap in (429 rate limit, 403, 400, 404): show its message on
  // the form, or on the note whose control it was.
  document.addEventListener("htmx:responseError", function (event) {
    var elt = event.detail.elt;
    var form = elt.closest("form");
    var box = form && form.querySelector("[data-form-errors]");
    var note = elt.closest(".note");
    if (!box && note) box = note.querySelector(":scope > .note-actions > [data-form-errors]");
    var xhr = event.detail.xhr;
    if (!box || !xhr) return;
    var type = xhr.getResponseHeader("Content-Type") || "";
    if (type.indexOf("text/plain") === 0) box.textContent = xhr.responseText;
    // Deleted (or made private) since the page loaded, in another tab or by its author.
    else if (xhr.status === 404 && note) box.textContent = "This note is no longer there: reload the page to see the notes as they are now.";
    else box.textContent = "The note could not be saved (" + xhr.status + ").";
  });
})();
