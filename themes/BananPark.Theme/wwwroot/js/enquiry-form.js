// The "Invest here" form sits on cached pages, the same for every visitor: this fills in its antiforgery token and
// its "shown at" stamp from /enquiries/token. Without script the first send shows the form again with both.
(function () {
  "use strict";
  document.querySelectorAll("form.enquiry-form[data-token-url]").forEach(function (form) {
    var stamp = form.querySelector("input[name='stamp']");
    if (!stamp || stamp.value) {
      return;
    }
    fetch(form.getAttribute("data-token-url"), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) {
          return;
        }
        var token = form.querySelector("input[name='" + data.field + "']");
        if (!token) {
          token = document.createElement("input");
          token.type = "hidden";
          token.name = data.field;
          form.appendChild(token);
        }
        token.value = data.token;
        stamp.value = data.stamp;
      })
      .catch(function () { /* the endpoint shows the form again: nothing is lost */ });
  });
}());
