// WeChat share card: only loaded when the site has WeChat JS-SDK credentials.
// Asks the server to sign this page's URL, then hands title, description and image
// (from the Open Graph tags) to WeChat's share menus.
(function () {
  "use strict";
  var script = document.getElementById("wechat-share");
  if (!script || typeof window.wx === "undefined" || !/MicroMessenger/i.test(navigator.userAgent)) {
    return;
  }
  function meta(property) {
    var element = document.querySelector('meta[property="' + property + '"]');
    return element ? element.getAttribute("content") : "";
  }
  var pageUrl = window.location.href.split("#")[0];
  var endpoint = script.getAttribute("data-config-url") + "?url=" + encodeURIComponent(pageUrl);
  fetch(endpoint, { credentials: "same-origin" })
    .then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    })
    .then(function (config) {
      window.wx.config({
        debug: false,
        appId: config.appId,
        timestamp: config.timestamp,
        nonceStr: config.nonceStr,
        signature: config.signature,
        jsApiList: config.jsApiList
      });
      window.wx.ready(function () {
        var card = {
          title: meta("og:title") || document.title,
          desc: meta("og:description"),
          link: meta("og:url") || pageUrl,
          imgUrl: meta("og:image")
        };
        window.wx.updateAppMessageShareData(card);
        window.wx.updateTimelineShareData({ title: card.title, link: card.link, imgUrl: card.imgUrl });
      });
    })
    .catch(function () {
      // Without a signature WeChat shows its default card; nothing else to do.
    });
})();
