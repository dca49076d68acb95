/* tiepxuc publish: search and filters of the petitions, without a server. The index is the
   script chi-muc.js loaded before this one (a <script src>, which works from file:// too, where
   a fetch() of a local file does not). Words are compared without accents or case: "ngap ung"
   finds "ngập úng". Everything shown is set as text, never as HTML. */
(function () {
  "use strict";
  var data = window.TIEPXUC_CHI_MUC;
  var box = document.getElementById("tim-kiem");
  if (!data || !box) { return; }
  var LIMIT = 100;
  var input = document.getElementById("tu-khoa");
  var year = document.getElementById("loc-nam");
  var field = document.getElementById("loc-linh-vuc");
  var status = document.getElementById("loc-tinh-trang");
  var agency = document.getElementById("loc-co-quan");
  var count = document.getElementById("so-ket-qua");
  var list = document.getElementById("ket-qua");
  var MARKS = /[\u0300-\u036f]/g;

  function fold(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(MARKS, "")
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  function value(select) { return select ? select.value : ""; }

  function item(entry) {
    // [address, title, date, year, field, status, agency (index or -1), folded text]
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = entry[0];
    a.textContent = entry[1];
    li.appendChild(a);
    var about = document.createElement("span");
    about.className = "phu-chu";
    var parts = [entry[2], data.linh_vuc[entry[4]] || entry[4], data.tinh_trang[entry[5]] || ""];
    if (entry[6] >= 0) { parts.push(data.co_quan[entry[6]]); }
    about.textContent = parts.filter(Boolean).join(" · ");
    li.appendChild(about);
    return li;
  }

  var shown = null;  // the query last shown: the list is not rebuilt under a click

  function run() {
    var words = fold(input ? input.value : "").split(" ").filter(Boolean);
    var y = value(year), f = value(field), s = value(status), a = value(agency);
    var query = [words.join(" "), y, f, s, a].join("|");
    if (query === shown) { return; }
    shown = query;
    var found = [];
    for (var i = 0; i < data.muc.length; i++) {
      var entry = data.muc[i];
      if (y && String(entry[3]) !== y) { continue; }
      if (f && entry[4] !== f) { continue; }
      if (s && entry[5] !== s) { continue; }
      if (a && String(entry[6]) !== a) { continue; }
      var text = entry[7], all = true;
      for (var w = 0; w < words.length; w++) {
        if (text.indexOf(words[w]) < 0) { all = false; break; }
      }
      if (all) { found.push(entry); }
    }
    while (list.firstChild) { list.removeChild(list.firstChild); }
    for (var k = 0; k < found.length && k < LIMIT; k++) { list.appendChild(item(found[k])); }
    count.textContent = found.length > LIMIT
      ? "Tìm thấy " + found.length + " kiến nghị; hiển thị " + LIMIT + " kiến nghị mới nhất."
      : "Tìm thấy " + found.length + " kiến nghị.";
  }

  if (input) { input.addEventListener("input", run); }
  [year, field, status, agency].forEach(function (control) {
    if (control) { control.addEventListener("change", run); }
  });
  box.hidden = false;
  run();
}());
