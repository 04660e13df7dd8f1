(function () {
  "use strict";
  var pop = document.getElementById("pop");
  var pinned = null;

  function markOf(node) {
    return node && node.closest ? node.closest("mark.st") : null;
  }

  function show(mark) {
    var id = mark.getAttribute("data-statement");
    var detail = document.getElementById("d-" + id);
    if (!detail || document.body.classList.contains("hide-" + mark.getAttribute("data-verdict"))) {
      return;
    }
    var copy = detail.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (node) {
      node.removeAttribute("id");
    });
    pop.replaceChildren(copy);
    pop.setAttribute("data-for", id);
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var page = document.documentElement.clientWidth;
    var left = Math.min(box.left, page - pop.offsetWidth - 8);
    pop.style.left = window.scrollX + Math.max(8, left) + "px";
    pop.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hide() {
    pop.hidden = true;
    pop.removeAttribute("data-for");
    pinned = null;
  }

  function toggle(mark) {
    var id = mark.getAttribute("data-statement");
    if (pinned === id) {
      hide();
    } else {
      show(mark);
      pinned = id;
    }
  }

  document.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      toggle(mark);
    } else if (!pop.contains(event.target)) {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    var mark = markOf(event.target);
    if (event.key === "Escape") {
      hide();
    } else if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggle(mark);
    }
  });
  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark && pinned === null) {
      show(mark);
    }
  });
  document.addEventListener("mouseout", function (event) {
    var mark = markOf(event.target);
    if (mark && pinned === null && !markOf(event.relatedTarget)) {
      hide();
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      show(mark);
    }
  });

  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      var verdict = box.getAttribute("data-filter");
      document.body.classList.toggle("hide-" + verdict, !box.checked);
      document.querySelectorAll("mark.st[id][data-verdict='" + verdict + "']").forEach(function (mark) {
        mark.tabIndex = box.checked ? 0 : -1;
      });
      hide();
    });
  });
})();
