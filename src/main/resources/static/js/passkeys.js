// Passkeys (WebAuthn) in the browser, with Spring Security's endpoints (account.PasskeySignIn):
// - on the account's passkeys page (#add-passkey-form): POST /webauthn/register/options, navigator.credentials.create,
//   POST /webauthn/register with the label typed, then the page again with ?added;
// - on the sign-in page (#sign-in-with-passkey): POST /webauthn/authenticate/options, navigator.credentials.get,
//   POST /login/webauthn, then the page Triad answers with.
// The CSRF token comes from the layout's meta tags. Without WebAuthn in the browser nothing is offered. Spring Security
// ships a script of its own, but only with its generated pages, and it is set up from an inline script, which Triad's
// content security policy forbids.
(function () {
    'use strict';

    function meta(name) {
        var tag = document.querySelector('meta[name="' + name + '"]');
        return tag ? tag.getAttribute('content') : null;
    }

    function headers() {
        var result = {'Content-Type': 'application/json'};
        var header = meta('csrf-header');
        var token = meta('csrf-token');
        if (header && token) {
            result[header] = token;
        }
        return result;
    }

    function post(path, body) {
        return fetch(path, {
            method: 'POST',
            headers: headers(),
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        });
    }

    function toBase64Url(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return window.btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function fromBase64Url(value) {
        var base64 = value.replace(/-/g, '+').replace(/_/g, '/');
        var text = window.atob(base64);
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            bytes[i] = text.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function descriptors(list) {
        return (list || []).map(function (credential) {
            return Object.assign({}, credential, {id: fromBase64Url(credential.id)});
        });
    }

    function supported() {
        return !!(window.PublicKeyCredential && navigator.credentials && window.fetch);
    }

    /** The browser's refusal (prompt closed, timed out, no authenticator) rather than the server's. */
    function cancelled(error) {
        return error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
    }

    function register(label) {
        return post('/webauthn/register/options').then(function (options) {
            var publicKey = Object.assign({}, options, {
                challenge: fromBase64Url(options.challenge),
                user: Object.assign({}, options.user, {id: fromBase64Url(options.user.id)}),
                excludeCredentials: descriptors(options.excludeCredentials)
            });
            return navigator.credentials.create({publicKey: publicKey});
        }).then(function (credential) {
            var response = credential.response;
            return post('/webauthn/register', {
                publicKey: {
                    label: label,
                    credential: {
                        id: credential.id,
                        rawId: toBase64Url(credential.rawId),
                        type: credential.type,
                        response: {
                            attestationObject: toBase64Url(response.attestationObject),
                            clientDataJSON: toBase64Url(response.clientDataJSON),
                            transports: response.getTransports ? response.getTransports() : []
                        },
                        clientExtensionResults: credential.getClientExtensionResults(),
                        authenticatorAttachment: credential.authenticatorAttachment
                    }
                }
            });
        }).then(function (answer) {
            if (!answer || !answer.success) {
                throw new Error('not registered');
            }
        });
    }

    function authenticate() {
        return post('/webauthn/authenticate/options').then(function (options) {
            var publicKey = Object.assign({}, options, {
                challenge: fromBase64Url(options.challenge),
                allowCredentials: descriptors(options.allowCredentials)
            });
            return navigator.credentials.get({publicKey: publicKey});
        }).then(function (credential) {
            var response = credential.response;
            return post('/login/webauthn', {
                id: credential.id,
                rawId: toBase64Url(credential.rawId),
                type: credential.type,
                response: {
                    authenticatorData: toBase64Url(response.authenticatorData),
                    clientDataJSON: toBase64Url(response.clientDataJSON),
                    signature: toBase64Url(response.signature),
                    userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
                },
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
            });
        }).then(function (answer) {
            if (!answer || !answer.authenticated || !answer.redirectUrl) {
                throw new Error('not signed in');
            }
            return answer.redirectUrl;
        });
    }

    /** Only a page of this site to go to after signing in. */
    function sameSite(url) {
        try {
            var target = new URL(url, window.location.href);
            return target.origin === window.location.origin ? target.pathname + target.search + target.hash : '/';
        } catch (e) {
            return '/';
        }
    }

    function showFieldError(input, error, text) {
        error.textContent = text;
        error.hidden = false;
        error.classList.add('d-block');
        input.classList.add('is-invalid');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id + ' ' + (input.getAttribute('data-help') || ''));
        input.focus();
    }

    function clearFieldError(input, error) {
        error.textContent = '';
        error.hidden = true;
        error.classList.remove('d-block');
        input.classList.remove('is-invalid');
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', input.getAttribute('data-help') || '');
    }

    function setUpRegistration(form) {
        if (!supported()) {
            document.getElementById('passkeys-unsupported').hidden = false;
            form.hidden = true;
            return;
        }
        var input = document.getElementById('passkey-label');
        var error = document.getElementById('passkey-label-error');
        var button = document.getElementById('add-passkey');
        input.setAttribute('data-help', input.getAttribute('aria-describedby') || '');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var label = input.value.trim();
            if (!label) {
                showFieldError(input, error, form.getAttribute('data-error-required'));
                return;
            }
            clearFieldError(input, error);
            button.disabled = true;
            register(label).then(function () {
                window.location.assign('/account/passkeys?added');
            }).catch(function (failure) {
                button.disabled = false;
                showFieldError(input, error, form.getAttribute(
                    cancelled(failure) ? 'data-error-cancelled' : 'data-error-failed'));
            });
        });
    }

    function setUpSignIn(button) {
        var area = document.getElementById('passkey-sign-in');
        var message = document.getElementById('passkey-error');
        if (!supported()) {
            return;
        }
        area.hidden = false;
        button.addEventListener('click', function () {
            message.textContent = '';
            button.disabled = true;
            authenticate().then(function (redirectUrl) {
                window.location.assign(sameSite(redirectUrl));
            }).catch(function (failure) {
                button.disabled = false;
                message.textContent = area.getAttribute(
                    cancelled(failure) ? 'data-error-cancelled' : 'data-error-failed');
            });
        });
    }

    function start() {
        var form = document.getElementById('add-passkey-form');
        if (form) {
            setUpRegistration(form);
        }
        var button = document.getElementById('sign-in-with-passkey');
        if (button) {
            setUpSignIn(button);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
