// The offer to read times in the browser's zone (the layout's #time-zone-offer, hidden until this script shows it).
// The page says which zone Triad shows the person's times in (data-time-zone); when the browser's zone is another one
// a person could choose, the offer names it, puts it in the "Use" form and shows itself. The server still checks the
// zone it is sent; without this script nothing is shown.
(function () {
    'use strict';

    // The ids Triad offers (system.Zones): Region/City, and UTC under its names.
    var CHOOSABLE = /^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_\/-]+$/;
    var UTC = ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Z', 'Etc/Universal', 'Etc/Zulu'];

    function same(a, b) {
        return a === b || (UTC.indexOf(a) >= 0 && UTC.indexOf(b) >= 0);
    }

    function browserZone() {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
        } catch (e) {
            return null;
        }
    }

    function offer() {
        var banner = document.getElementById('time-zone-offer');
        if (!banner) {
            return;
        }
        var browser = browserZone();
        var stored = banner.getAttribute('data-time-zone');
        if (!browser || same(browser, stored) || !CHOOSABLE.test(browser)) {
            return;
        }
        banner.querySelectorAll('.browser-zone').forEach(function (el) {
            el.textContent = browser;
        });
        banner.querySelectorAll('.browser-zone-value').forEach(function (input) {
            input.value = browser;
        });
        banner.querySelectorAll('.current-page').forEach(function (input) {
            input.value = window.location.pathname + window.location.search;
        });
        banner.hidden = false;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', offer);
    } else {
        offer();
    }
})();
