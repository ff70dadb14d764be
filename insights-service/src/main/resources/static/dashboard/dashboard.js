// Parley insights dashboard: reads the tenant's analytics through the gateway with the key the analyst signs in with.
(function () {
  'use strict';
  const KEY = 'parley.insights.key';
  const $ = (id) => document.getElementById(id);
  const palette = ['#3867d6', '#20bf6b', '#f7b731', '#eb3b5a', '#8854d0', '#0fb9b1', '#fa8231', '#4b6584', '#a5b1c2', '#2d98da'];
  const sentimentColours = { positive: '#20bf6b', neutral: '#a5b1c2', negative: '#eb3b5a', urgent: '#fa8231' };
  const charts = {};
  let liveAbort = null;

  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  function key() { return sessionStorage.getItem(KEY); }

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + key(), Accept: 'application/json' } }).then(async (r) => {
      if (r.status === 401 || r.status === 403) { throw Object.assign(new Error('signed-out'), { status: r.status }); }
      const body = await r.json().catch(() => ({}));
      if (!r.ok) { throw new Error((body.error && body.error.message) || ('HTTP ' + r.status)); }
      return body;
    });
  }

  function isoDay(d) { return d.toISOString().slice(0, 10); }

  function query() {
    const p = new URLSearchParams({ start_date: $('start').value, end_date: $('end').value, group_by: $('group').value });
    if ($('timezone').value.trim()) { p.set('timezone', $('timezone').value.trim()); }
    return p;
  }

  function fmtPercent(v) { return v == null ? '–' : Math.round(v * 100) + '%'; }
  function fmtSeconds(v) {
    if (v == null) { return '–'; }
    if (v < 90) { return v.toFixed(1) + ' s'; }
    if (v < 5400) { return (v / 60).toFixed(1) + ' min'; }
    return (v / 3600).toFixed(1) + ' h';
  }

  function table(id, header, rows) {
    const t = $(id);
    t.innerHTML = '';
    const head = t.insertRow();
    header.forEach((h) => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
    rows.forEach((row) => { const tr = t.insertRow(); row.forEach((c) => { tr.insertCell().textContent = c == null ? '' : String(c); }); });
  }

  function chart(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart($(id), config);
  }

  function render(a) {
    const m = a.metrics;
    $('kpi-conversations').textContent = m.total_conversations;
    $('kpi-resolution-rate').textContent = fmtPercent(m.resolution_rate);
    $('kpi-escalated').textContent = m.escalated;
    $('kpi-handoffs').textContent = m.bot_handoffs;
    $('kpi-first-response').textContent = fmtSeconds(m.first_response_time);
    $('kpi-resolution-time').textContent = fmtSeconds(m.resolution_time);
    $('kpi-satisfaction').textContent = m.customer_satisfaction == null ? '–' : m.customer_satisfaction.toFixed(1) + ' / 5';
    $('kpi-messages').textContent = m.total_messages;

    const rows = a.daily_breakdown;
    const labels = rows.map((r) => r.date);
    chart('chart-conversations', {
      data: { labels, datasets: [
        { type: 'bar', label: 'Conversations', data: rows.map((r) => r.conversations), backgroundColor: '#3867d6', yAxisID: 'y', order: 1 },
        { type: 'line', label: 'Resolution rate %', data: rows.map((r) => r.resolution_rate == null ? null : Math.round(r.resolution_rate * 100)),
          borderColor: '#20bf6b', backgroundColor: '#20bf6b', yAxisID: 'y1', spanGaps: true, order: 0 }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } } } }
    });
    table('table-conversations', ['date', 'conversations', 'resolution_rate', 'escalated'],
      rows.map((r) => [r.date, r.conversations, r.resolution_rate, r.escalated]));

    const reasons = Object.entries(a.escalations_by_reason || {});
    chart('chart-escalations', {
      type: 'bar', data: { labels: reasons.map((r) => r[0].replace(/_/g, ' ')), datasets: [{ label: 'Escalations', data: reasons.map((r) => r[1]), backgroundColor: '#eb3b5a' }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    table('table-escalations', ['reason', 'escalations'], reasons);

    chart('chart-sentiment', {
      data: { labels, datasets: ['positive', 'neutral', 'negative', 'urgent'].map((s) => ({
        type: 'bar', label: s, data: rows.map((r) => r.sentiment ? r.sentiment[s] : 0), backgroundColor: sentimentColours[s], stack: 'sentiment', yAxisID: 'y', order: 1 }))
        .concat([{ type: 'line', label: 'avg urgency', data: rows.map((r) => r.avg_urgency), borderColor: '#4b6584', backgroundColor: '#4b6584', yAxisID: 'y1', spanGaps: true, order: 0 }]) },
      options: { scales: { y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, x: { stacked: true }, y1: { position: 'right', min: 0, max: 10, grid: { drawOnChartArea: false } } } }
    });
    table('table-sentiment', ['date', 'positive', 'neutral', 'negative', 'urgent', 'avg_urgency'],
      rows.map((r) => [r.date, r.sentiment && r.sentiment.positive, r.sentiment && r.sentiment.neutral, r.sentiment && r.sentiment.negative, r.sentiment && r.sentiment.urgent, r.avg_urgency]));

    const urgency = Object.entries(a.urgency_distribution || {});
    chart('chart-urgency', {
      type: 'bar', data: { labels: urgency.map((u) => u[0]), datasets: [{ label: 'Messages', data: urgency.map((u) => u[1]),
        backgroundColor: urgency.map((u) => (+u[0] >= 7 ? '#eb3b5a' : +u[0] >= 4 ? '#f7b731' : '#20bf6b')) }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    table('table-urgency', ['urgency', 'messages'], urgency);

    const categories = a.by_category || [];
    chart('chart-categories', {
      type: 'bar', data: { labels: categories.map((c) => c.category), datasets: [
        { label: 'Conversations', data: categories.map((c) => c.conversations), backgroundColor: '#8854d0' },
        { label: 'Escalated', data: categories.map((c) => c.escalated), backgroundColor: '#eb3b5a' }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    table('table-categories', ['category', 'conversations', 'escalated'], categories.map((c) => [c.category, c.conversations, c.escalated]));

    const topics = a.top_topics || [];
    chart('chart-topics', {
      type: 'bar', data: { labels: topics.map((t) => t.topic), datasets: [{ label: 'Messages', data: topics.map((t) => t.messages), backgroundColor: '#0fb9b1' }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    table('table-topics', ['topic', 'messages'], topics.map((t) => [t.topic, t.messages]));

    const agents = a.by_agent || [];
    chart('chart-agents', {
      type: 'bar', data: { labels: agents.map((g) => g.agent_id), datasets: [
        { label: 'Resolved', data: agents.map((g) => g.resolved), backgroundColor: '#20bf6b', stack: 'load' },
        { label: 'Open', data: agents.map((g) => g.conversations - g.resolved), backgroundColor: '#a5b1c2', stack: 'load' }] },
      options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } }
    });
    table('table-agents', ['agent', 'conversations', 'resolved', 'escalated'], agents.map((g) => [g.agent_id, g.conversations, g.resolved, g.escalated]));

    const channels = a.by_channel || [];
    chart('chart-channels', {
      type: 'doughnut', data: { labels: channels.map((c) => c.channel), datasets: [{ data: channels.map((c) => c.conversations), backgroundColor: palette }] }
    });
    table('table-channels', ['channel', 'conversations'], channels.map((c) => [c.channel, c.conversations]));
  }

  function load() {
    $('status').textContent = 'Loading…';
    return api('/api/v1/analytics?' + query()).then((a) => {
      render(a);
      $('status').textContent = 'Period ' + a.period.start + ' to ' + a.period.end + ' (' + a.period.timezone + ', by ' + a.period.group_by + '), updated ' + new Date().toLocaleTimeString();
      document.body.dataset.state = 'ready';
    }).catch(failed);
  }

  function failed(error) {
    if (error.message === 'signed-out') {
      signOut(error.status === 403 ? 'This key lacks the insights:read scope.' : 'The key was refused: check it, or ask for a new one.');
      return;
    }
    $('status').textContent = 'Could not load: ' + error.message;
    document.body.dataset.state = 'error';
  }

  function feedLine(kind, item) {
    const li = document.createElement('li');
    const k = document.createElement('span');
    k.className = 'kind';
    k.textContent = kind;
    li.appendChild(k);
    const d = item.data || {};
    const text = kind === 'fact' ? (item.user_id + ' · ' + d.change + ': ' + d.value) : (item.user_id + ' · ' + (d.content || ''));
    li.appendChild(document.createTextNode(text + ' · ' + new Date(item.occurred_at).toLocaleString()));
    const list = $('live-feed');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 30) { list.removeChild(list.lastChild); }
  }

  // EventSource cannot send a credential header, so the SSE stream is read with fetch.
  async function live() {
    if (liveAbort) { liveAbort.abort(); }
    liveAbort = new AbortController();
    const state = $('live-state');
    try {
      const r = await fetch('/api/v1/analytics/live', { headers: { Authorization: 'Bearer ' + key(), Accept: 'text/event-stream' }, signal: liveAbort.signal });
      if (!r.ok) { state.textContent = 'unavailable (' + r.status + ')'; return; }
      state.textContent = 'live';
      state.classList.add('on');
      const reader = r.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) { break; }
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          frame.split('\n').forEach((line) => {
            if (line.startsWith('event:')) { event = line.slice(6).trim(); }
            if (line.startsWith('data:')) { data += line.slice(5).trim(); }
          });
          if (data) { feedLine(event, JSON.parse(data)); }
        }
      }
    } catch (e) {
      if (e.name === 'AbortError') { return; }
    }
    state.textContent = 'reconnecting';
    state.classList.remove('on');
    setTimeout(live, 3000);
  }

  function download(path, name) {
    fetch(path + '?' + query(), { headers: { Authorization: 'Bearer ' + key() } }).then((r) => {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.blob();
    }).then((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name + '-' + $('start').value + '-' + $('end').value + '.csv';
      a.click();
      URL.revokeObjectURL(a.href);
    }).catch(failed);
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY);
    if (liveAbort) { liveAbort.abort(); }
    $('dashboard').hidden = true;
    $('controls').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message || '';
    document.body.dataset.state = 'signed-out';
  }

  function signedIn() {
    $('sign-in').hidden = true;
    $('dashboard').hidden = false;
    $('controls').hidden = false;
    load();
    live();
  }

  function start() {
    const params = new URLSearchParams(location.hash.slice(1));
    if (params.get('key')) {
      sessionStorage.setItem(KEY, params.get('key'));
    }
    const today = new Date();
    $('end').value = params.get('end') || isoDay(today);
    $('start').value = params.get('start') || isoDay(new Date(today.getTime() - 29 * 86400000));
    $('group').value = params.get('group') || 'day';
    $('timezone').value = params.get('timezone') || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    if (location.hash) { history.replaceState(null, '', location.pathname + location.search); }

    $('sign-in-form').addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(KEY, $('key').value.trim());
      $('key').value = '';
      signedIn();
    });
    $('controls').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    $('sign-out').addEventListener('click', () => signOut());
    $('csv-breakdown').addEventListener('click', () => download('/api/v1/analytics/breakdown.csv', 'analytics'));
    $('csv-conversations').addEventListener('click', () => download('/api/v1/analytics/conversations.csv', 'conversations'));
    if (key()) { signedIn(); } else { signOut(); }
  }

  // A link with #key=… opened in an open dashboard tab signs in with that key.
  window.addEventListener('hashchange', () => { if (location.hash.indexOf('key=') >= 0) { location.reload(); } });

  start();
})();
