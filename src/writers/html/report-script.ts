/**
 * The report's script: the matrix filters (unit, heading, words) and the task panel. The page
 * reads without it; it only reads the DOM the writer built (indices in data attributes, the task
 * texts in their articles) and never turns text into markup.
 */

export const REPORT_SCRIPT = `
'use strict';
(function () {
  var panel = document.getElementById('detail');
  var panelBody = panel.querySelector('.detail-body');
  var selected = null;

  function showTask(link) {
    var article = document.getElementById(link.getAttribute('href').slice(1));
    if (!article) return false;
    var copy = article.cloneNode(true);
    copy.removeAttribute('id');
    panelBody.replaceChildren(copy);
    panel.hidden = false;
    return true;
  }

  function select(row) {
    if (selected) selected.classList.remove('selected');
    selected = row;
    if (row) row.classList.add('selected');
  }

  function closePanel() {
    panel.hidden = true;
    select(null);
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest('button.close')) return closePanel();
    var row = event.target.closest('table.heatmap tbody tr');
    var link = event.target.closest('a.task-link') || (row && row.querySelector('a.task-link'));
    if (!link || !showTask(link)) return;
    event.preventDefault();
    select(row);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) closePanel();
  });

  function setUpFilters(section) {
    var form = section.querySelector('form.filters');
    if (!form) return;
    var table = section.querySelector('table.heatmap');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var words = rows.map(function (row) {
      var article = document.getElementById(row.querySelector('a.task-link').getAttribute('href').slice(1));
      return (row.cells[0].textContent + ' ' + (article ? article.textContent : '')).toLowerCase();
    });
    var count = form.querySelector('output');

    function apply() {
      var column = form.elements.unit.value === '' ? -1 : Number(form.elements.unit.value) + 1;
      var heading = form.elements.heading.value;
      var needle = form.elements.words.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row, i) {
        var visible = (column < 0 || row.cells[column].textContent !== '')
          && (heading === '' || row.dataset.headings.split(' ').indexOf(heading) >= 0)
          && (needle === '' || words[i].indexOf(needle) >= 0);
        row.hidden = !visible;
        if (visible) shown++;
      });
      Array.prototype.forEach.call(table.querySelectorAll('.focus'), function (cell) { cell.classList.remove('focus'); });
      if (column > 0) Array.prototype.forEach.call(table.rows, function (row) { row.cells[column].classList.add('focus'); });
      count.value = shown + ' / ' + rows.length;
    }

    form.addEventListener('input', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll('section.document'), setUpFilters);
})();
`;
