/* Read-aloud with the browser's speech synthesis: reads the main content, start / pause /
 * resume / stop. Off until the reader presses the button; absent where the browser has no
 * speech synthesis. Long text is spoken a sentence group at a time (some browsers stop long
 * utterances after ~15 seconds). */
(function () {
  "use strict";
  var box = document.querySelector("[data-read-aloud]");
  var synth = window.speechSynthesis;
  if (!box || !synth || !window.SpeechSynthesisUtterance) return;
  var status = box.querySelector("[data-read-status]");
  var buttons = {};
  box.querySelectorAll("[data-read]").forEach(function (b) { buttons[b.dataset.read] = b; });
  var queue = [];
  var running = false;

  function show(state) {
    buttons.start.hidden = state !== "idle";
    buttons.pause.hidden = state !== "reading";
    buttons.resume.hidden = state !== "paused";
    buttons.stop.hidden = state === "idle";
    if (status) {
      status.textContent = state === "reading" ? status.dataset.reading
        : state === "paused" ? status.dataset.paused : status.dataset.stopped;
    }
  }

  function mainText() {
    var main = document.getElementById("main");
    if (!main) return "";
    var copy = main.cloneNode(true);
    copy.querySelectorAll(
      "script, style, [hidden], [aria-hidden='true'], .share-kit, .visually-hidden, [data-no-read], form"
    ).forEach(function (node) { node.remove(); });
    return copy.innerText || copy.textContent || "";
  }

  function chunks(text) {
    var parts = text.replace(/\s+\n/g, "\n").split(/(?<=[。！？!?；;\n])/);
    var out = [];
    var current = "";
    parts.forEach(function (part) {
      if ((current + part).length > 160 && current) { out.push(current); current = ""; }
      current += part;
    });
    if (current.trim()) out.push(current);
    return out.filter(function (c) { return c.trim(); });
  }

  function speakNext() {
    if (!running) return;
    var text = queue.shift();
    if (!text) { running = false; show("idle"); return; }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang === "en" ? "en-GB" : "zh-CN";
    utterance.rate = 0.95;
    utterance.onend = speakNext;
    utterance.onerror = function () { running = false; show("idle"); };
    synth.speak(utterance);
  }

  buttons.start.addEventListener("click", function () {
    synth.cancel();
    queue = chunks(mainText());
    running = true;
    show("reading");
    speakNext();
    buttons.pause.focus();
  });
  buttons.pause.addEventListener("click", function () {
    synth.pause(); show("paused"); buttons.resume.focus();
  });
  buttons.resume.addEventListener("click", function () {
    synth.resume(); show("reading"); buttons.pause.focus();
  });
  buttons.stop.addEventListener("click", function () {
    running = false; queue = []; synth.cancel(); show("idle"); buttons.start.focus();
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });
  box.hidden = false;
  show("idle");
  if (status) status.textContent = "";
})();
