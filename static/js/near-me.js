/* Near me: after the reader presses the button (never on load), ask the browser for its
 * position and reload the finder sorted by walking distance (?near=lat,lng, WGS-84, rounded
 * to about 100 m; the server converts it to GCJ-02, the datum the spaces are stored in).
 * Without JavaScript or geolocation the button stays hidden and the street filter works. */
(function () {
  "use strict";
  var form = document.querySelector("[data-near-me]");
  if (!form || !navigator.geolocation) return;
  var status = form.querySelector(".near-me-status");
  form.hidden = false;
  form.addEventListener("submit", function (event) {
    if (form.elements.near.value) return;
    event.preventDefault();
    status.textContent = form.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      form.elements.near.value = position.coords.latitude.toFixed(3) + "," + position.coords.longitude.toFixed(3);
      form.submit();
    }, function (error) {
      status.textContent = error.code === 1 ? form.dataset.denied : form.dataset.failed;
    }, {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000});
  });
})();
