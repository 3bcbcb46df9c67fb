/* 适老化 modes switched in place: the form still works without this script (it goes to the
 * toggle URL and comes back to #display-tools); with it, the server sets the cookie in the
 * background and the page changes without reloading or scrolling. */
(function () {
  "use strict";
  var form = document.querySelector("[data-display-form]");
  if (!form || !window.fetch || !window.URLSearchParams) return;
  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || !button.dataset.mode) return;
    event.preventDefault();
    var params = new URLSearchParams();
    params.set("toggle", button.value);
    params.set("next", form.elements.next.value);
    fetch(form.action + "?" + params.toString(), {
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store"
    }).then(function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      document.documentElement.classList.toggle("pref-" + button.dataset.mode, on);
      button.focus();
    }).catch(function () {
      form.submit();
    });
  });
})();
