// Signaal: small progressive enhancements. The site works without this file.
(function () {
  "use strict";
  var PREFIX = "signaal:quiz:";
  var MAX_AGE_MS = 7 * 24 * 3600 * 1000;

  function storage() {
    try { var s = window.localStorage; s.setItem(PREFIX + "probe", "1"); s.removeItem(PREFIX + "probe"); return s; }
    catch (e) { return null; }
  }

  function forgetAll(store, onlyStale) {
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (!key || key.indexOf(PREFIX) !== 0) continue;
      if (onlyStale) {
        try { if (Date.now() - JSON.parse(store.getItem(key)).saved < MAX_AGE_MS) continue; } catch (e) { /* drop */ }
      }
      store.removeItem(key);
    }
  }

  // Print buttons (pocket card, certificate): shown only where printing works.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Quiz: a question left open. Radios are `required`, so the browser stops on those; a group of checkboxes has no
  // such rule, so stop the submit here, mark every open question and move to the first. The server checks again.
  var quizForm = document.querySelector("form[data-autosave]");
  if (quizForm) {
    var markOpen = function (fieldset, open) {
      var note = fieldset.querySelector(".question-open-note");
      fieldset.classList.toggle("question-open", open);
      if (!note) return;
      note.hidden = !open;
      var ids = (fieldset.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== note.id;
      });
      if (open) ids.push(note.id);
      if (ids.length) fieldset.setAttribute("aria-describedby", ids.join(" "));
      else fieldset.removeAttribute("aria-describedby");
    };
    quizForm.addEventListener("submit", function (event) {
      var first = null;
      quizForm.querySelectorAll("fieldset.question").forEach(function (fieldset) {
        var open = !fieldset.querySelector("input:checked");
        markOpen(fieldset, open);
        if (open && !first) first = fieldset;
      });
      if (!first) return;
      event.preventDefault();
      var input = first.querySelector("input");
      if (input) input.focus();
    });
    quizForm.addEventListener("change", function (event) {
      var fieldset = event.target.closest ? event.target.closest("fieldset.question") : null;
      if (fieldset && fieldset.classList.contains("question-open") && fieldset.querySelector("input:checked")) {
        markOpen(fieldset, false);
      }
    });
  }

  // Quiz with a time limit: the time left in the sticky bar, counted on the server's clock (the page says what it
  // was when it was made), never more than there is (whole minutes, rounded down). Screen readers hear it at 5
  // minutes, at 1 minute, under a minute and when the time is up, not every minute. The server decides.
  var timeLeft = document.querySelector("[data-time-left]");
  if (timeLeft) {
    var until = Date.parse(timeLeft.getAttribute("data-until"));
    var offset = Date.parse(timeLeft.getAttribute("data-now")) - Date.now();
    var alert = document.querySelector("[data-time-alert]");
    var said = {};
    var tick = function () {
      var ms = until - (Date.now() + offset);
      var minutes = Math.floor(ms / 60000);
      var step = ms <= 0 ? "over" : minutes >= 2 ? "many" : minutes === 1 ? "one" : "less";
      var text = timeLeft.getAttribute("data-" + step).replace("__N__", String(minutes));
      if (timeLeft.textContent !== text) timeLeft.textContent = text;
      var moment = step === "many" ? (minutes === 5 ? "five" : null) : step;
      if (alert && moment && !said[moment]) {
        said[moment] = true;
        alert.textContent = text;
      }
      if (ms > 0) window.setTimeout(tick, 1000);
    };
    tick();
  }

  // Quiz: how many questions are answered, in the sticky bar (with the time left, when the quiz has a limit).
  var status = document.querySelector("[data-quiz-status]");
  var count = status && status.querySelector("[data-progress-count]");
  var bar = status && status.querySelector("progress");
  var questions = quizForm ? quizForm.querySelectorAll("fieldset.question") : [];

  function update() {
    var done = 0;
    questions.forEach(function (q) { if (q.querySelector("input:checked")) done++; });
    if (count) count.textContent = String(done);
    if (bar) bar.value = done;
  }

  if (quizForm) {
    if (status) status.hidden = false;
    update();
    quizForm.addEventListener("change", update);
  }

  var store = storage();
  if (!store) return;
  forgetAll(store, true);

  // Logging out forgets unsent quiz choices on this device.
  document.querySelectorAll("form[data-logout]").forEach(function (form) {
    form.addEventListener("submit", function () { forgetAll(store, false); });
  });
  // A result page means the attempt was handed in: forget what was kept for it. (Not on submit:
  // if the server refuses the form, going back still finds every choice.)
  document.querySelectorAll("[data-forget-attempt]").forEach(function (el) {
    store.removeItem(PREFIX + el.getAttribute("data-forget-attempt"));
  });

  // Quiz: keep the choices made on this device (keyed by attempt), so a reload or a call in
  // between loses nothing. Only the officer's own choices are stored; the page holds no answers.
  if (!quizForm) return;
  var key = PREFIX + quizForm.getAttribute("data-attempt");

  function inputs() { return quizForm.querySelectorAll("input[type=radio], input[type=checkbox]"); }

  function save() {
    var answers = {};
    inputs().forEach(function (input) {
      if (input.checked) (answers[input.name] = answers[input.name] || []).push(input.value);
    });
    store.setItem(key, JSON.stringify({ saved: Date.now(), answers: answers }));
  }

  try {
    var kept = JSON.parse(store.getItem(key) || "null");
    if (kept && kept.answers) {
      inputs().forEach(function (input) {
        var values = kept.answers[input.name];
        if (values && values.indexOf(input.value) !== -1) input.checked = true;
      });
    }
  } catch (e) { store.removeItem(key); }

  var note = quizForm.querySelector("[data-saved-note]");
  if (note) note.hidden = false;
  update();
  // A question the server marked open may have just been filled in from what this device kept.
  quizForm.querySelectorAll("fieldset.question-open").forEach(function (fieldset) {
    if (fieldset.querySelector("input:checked")) markOpen(fieldset, false);
  });
  quizForm.addEventListener("change", save);
})();
