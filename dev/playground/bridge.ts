// The page-side half of google.script.run, injected into the sidebar's HTML: each call is POSTed as
// JSON to the playground server, which runs the real function of dist/Code.js. Only the names given
// exist on the runner, as only the script's public functions exist on the real one.

export function bridgeScript(functionNames: readonly string[]): string {
  // JSON.stringify output is safe inside <script> once '<' is escaped (no '</script>' can appear).
  const names = JSON.stringify(functionNames).replace(/</g, '\\u003c');
  return `<script>(function () {
  var names = ${names};
  function runner(onOk, onFail, user) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, onFail, user); },
      withFailureHandler: function (f) { return runner(onOk, f, user); },
      withUserObject: function (u) { return runner(onOk, onFail, u); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var body = JSON.stringify(args);
        // keepalive lets the save sent as the sidebar is hidden or reloaded arrive; browsers refuse it
        // over 64 KB of body, and a bigger draft goes without it.
        fetch('/rpc/' + encodeURIComponent(name), {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: body,
          keepalive: new Blob([body]).size < 60000
        }).then(function (res) { return res.json(); }).then(function (res) {
          if (res.ok) { if (onOk) onOk(res.value, user); }
          else if (onFail) onFail(new Error(res.error), user);
          try { window.parent.postMessage({ kpikitPlayground: 'changed' }, location.origin); } catch (e) {}
        }, function (error) { if (onFail) onFail(error, user); });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null, undefined), host: {
    close: function () { window.parent.postMessage({ kpikitPlayground: 'closeSidebar' }, location.origin); },
    editor: { focus: function () {} }
  } } };
})();</script>`;
}

/** The sidebar's HTML with the bridge as the first thing in <head>. */
export function withBridge(html: string, functionNames: readonly string[]): string {
  const script = bridgeScript(functionNames);
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${script}`)
    : script + html;
}
