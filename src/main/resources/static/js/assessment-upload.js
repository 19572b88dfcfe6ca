// Refuses a report file (or a people import's CSV) over the size limit before it is sent, with the message next to the field; the
// server checks again (and refuses a larger request with a page that says so).
(function () {
    function check(input) {
        var max = Number(input.dataset.maxBytes);
        // aria-describedby may name the help text too ("file-error file-help"): the message goes in the error one
        var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/);
        var errorId = ids.filter(function (id) { return /error$/.test(id); })[0] || ids[0];
        var error = errorId ? document.getElementById(errorId) : null;
        var file = input.files && input.files[0];
        var tooLarge = !!(file && max && file.size > max);
        input.classList.toggle('is-invalid', tooLarge);
        if (error) {
            // the page may say it in its own words (the people import); a report upload has these
            error.textContent = !tooLarge ? ''
                : input.dataset.tooLargeMessage || 'The file is larger than ' + Math.round(max / 1048576) + ' MB: attach a smaller report';
        }
        return !tooLarge;
    }

    function init() {
        document.querySelectorAll('form.upload-form').forEach(function (form) {
            var input = form.querySelector('input[type=file]');
            if (!input) {
                return;
            }
            input.addEventListener('change', function () { check(input); });
            form.addEventListener('submit', function (event) {
                if (!check(input)) {
                    event.preventDefault();
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
