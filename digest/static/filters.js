/* leave empty fields out of the URL so bookmarks stay short (the server ignores them anyway) */
document.getElementById('filters').addEventListener('submit', function (ev) {
  for (const el of ev.target.elements) {
    if (el.name && !el.value) el.disabled = true;
    if (el.name === 'order' && el.value === 'date') el.disabled = true;
  }
});
