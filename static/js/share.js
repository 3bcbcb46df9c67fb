// Share kit: with JavaScript, "本页链接" copies the address instead of following it.
// Without JavaScript (or without clipboard access) the link still works as a plain link.
(function () {
  "use strict";
  document.querySelectorAll(".share-kit").forEach(function (kit) {
    var link = kit.querySelector(".share-copy");
    var status = kit.querySelector(".share-status");
    if (!link || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    if (link.getAttribute("data-copy-label")) {
      link.textContent = link.getAttribute("data-copy-label");
    }
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return;
      }
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(
        function () {
          if (status) {
            status.textContent = link.getAttribute("data-copied") || "";
          }
        },
        function () {
          window.location.href = link.href;
        }
      );
    });
  });
  document.querySelectorAll(".share-embed textarea").forEach(function (area) {
    area.addEventListener("focus", function () {
      area.select();
    });
  });
})();
