/* Книжный дом «Страница»: cookie banner and small enhancements. */
(function () {
  "use strict";

  var KEY = "stranitsa_cookie_ok";
  var banner = document.getElementById("cookie-consent");
  if (banner) {
    try {
      if (window.localStorage.getItem(KEY) === "1") {
        banner.classList.add("is-hidden");
      }
    } catch (e) { /* private mode: show the banner every time */ }
    var button = banner.querySelector(".cookie-banner__accept");
    if (button) {
      button.addEventListener("click", function () {
        banner.classList.add("is-hidden");
        try { window.localStorage.setItem(KEY, "1"); } catch (e) { /* ignore */ }
      });
    }
  }

  // Open the FAQ answer named in the address bar (faq.html#pickup).
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.slice(1));
    if (target && target.tagName === "DETAILS") {
      target.open = true;
    }
  }
})();
