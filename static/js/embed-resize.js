// Embed view: tell the page that frames us how tall we are, so it can size the iframe.
// The parent listens for {type: "sxc-embed-height", height: <px>} messages.
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "sxc-embed-height", height: height, url: window.location.href }, "*");
    }
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.body);
  }
  report();
})();
