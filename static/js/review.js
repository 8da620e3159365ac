// The review queue from the keyboard: after a decision, focus goes to the item that took
// the decided one's place (its first button), with or without htmx.
(function () {
  "use strict";

  function focusItem(id) {
    var item = document.getElementById(id);
    if (!item) {
      var items = document.querySelectorAll(".queue-item");
      item = items.length ? items[items.length - 1] : null;
    }
    if (!item) return;
    var control = item.querySelector("button, select, a[href]");
    (control || item).focus();
  }

  var pending = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var item = event.target.closest && event.target.closest(".queue-item");
    pending = item ? item.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (pending) {
      focusItem(pending);
      pending = null;
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    if (/^#q-\d+$/.test(window.location.hash)) focusItem(window.location.hash.slice(1));
  });
})();
