using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol on 127.0.0.1 (a port the browser picks, read from
/// its DevToolsActivePort file): one browser for a whole test class, a fresh profile, no network of its own.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly BlockingCollection<JsonObject> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _socket.ConnectAsync(endpoint, CancellationToken.None).Wait(Patience);
        _ = Task.Run(ReceiveLoop);
    }

    /// <summary>The browser's executable where it is installed; null where it is not.</summary>
    public static string? Executable()
        => new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    public static HeadlessChromium Start(string executable)
    {
        var profile = Workplan.TempDirectory();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The browser writes the port it listens on, and its endpoint's path, to the profile's DevToolsActivePort.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("chromium exited (" + process.ExitCode + "):\n" + log);
            }

            if (File.Exists(portFile) && File.ReadAllLines(portFile) is { Length: >= 2 } lines && lines[1].Length > 0)
            {
                return new HeadlessChromium(process, profile, new Uri("ws://127.0.0.1:" + lines[0].Trim() + lines[1].Trim()));
            }

            Thread.Sleep(50);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("chromium did not open its DevTools port:\n" + log);
    }

    /// <summary>Opens a page in a new tab and waits for its load event; the tab records what the page logs.</summary>
    public BrowserPage Open(string path)
    {
        var target = Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!.GetValue<string>();
        var session = Send("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true })["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "DOM.enable", "CSS.enable" })
        {
            Send(domain, null, session);
        }

        var page = new BrowserPage(this, target, session);
        var url = new Uri(path).AbsoluteUri;
        Send("Page.navigate", new JsonObject { ["url"] = url }, session);

        // Loaded when the document at that address is complete: a load event could be about:blank's, from before.
        var deadline = DateTime.UtcNow + Patience;
        while (page.Evaluate("document.readyState + ' ' + location.href")?.GetValue<string>() != "complete " + url)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(url + " did not load");
            }

            Thread.Sleep(20);
        }

        return page;
    }

    /// <summary>Sends a command and returns its result; a protocol error is an exception with the browser's message.</summary>
    public JsonObject Send(string method, JsonObject? parameters, string? session = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        lock (_socket)
        {
            _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).Wait(Patience);
        }

        if (!reply.Task.Wait(Patience))
        {
            throw new TimeoutException(method + " had no answer");
        }

        var answer = reply.Task.Result;
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException(method + ": " + error.ToJsonString());
        }

        return answer["result"]!.AsObject();
    }

    /// <summary>The events received so far for <paramref name="session"/> (a tab); those of other tabs stay queued.</summary>
    internal IReadOnlyList<JsonObject> EventsOf(string session)
    {
        var mine = new List<JsonObject>();
        var others = new List<JsonObject>();
        while (_events.TryTake(out var message))
        {
            (message["sessionId"]?.GetValue<string>() == session ? mine : others).Add(message);
        }

        foreach (var message in others)
        {
            _events.Add(message);
        }

        return mine;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            Send("Browser.close", null);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or WebSocketException or AggregateException)
        {
            // Closed already: the process is ended below either way.
        }

        if (!_process.WaitForExit(10_000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _socket.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held: the folder is under the temporary folder and goes with it.
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
                {
                    reply.SetResult(json);
                }
                else if (json["method"] is not null)
                {
                    _events.Add(json);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser closed, or the tests are done with it.
        }
    }
}

/// <summary>One tab: scripts run in it, fonts used for its nodes, its PDF, and the errors it logged.</summary>
internal sealed class BrowserPage
{
    private readonly HeadlessChromium _browser;
    private readonly string _target;
    private readonly string _session;
    private readonly List<JsonObject> _events = new();

    public BrowserPage(HeadlessChromium browser, string target, string session)
    {
        _browser = browser;
        _target = target;
        _session = session;
    }

    /// <summary>A script's value (an expression; JSON-serialisable values only).</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = _browser.Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, _session);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("script failed: " + exception.ToJsonString());
        }

        return result["result"]!["value"];
    }

    /// <summary>The fonts the browser laid out the first node matching <paramref name="selector"/>'s text with.</summary>
    public IReadOnlyList<(string Family, int Glyphs)> FontsOf(string selector)
    {
        var root = _browser.Send("DOM.getDocument", new JsonObject { ["depth"] = 0 }, _session)["root"]!["nodeId"]!.GetValue<int>();
        var node = _browser.Send("DOM.querySelector", new JsonObject { ["nodeId"] = root, ["selector"] = selector }, _session)["nodeId"]!.GetValue<int>();
        if (node == 0)
        {
            throw new InvalidOperationException("no " + selector + " in the page");
        }

        var fonts = _browser.Send("CSS.getPlatformFontsForNode", new JsonObject { ["nodeId"] = node }, _session)["fonts"]!.AsArray();
        return fonts.Select(f => (f!["familyName"]!.GetValue<string>(), f["glyphCount"]!.GetValue<int>())).ToArray();
    }

    /// <summary>The page printed as the user's print dialog would, with the page size its CSS asks for.</summary>
    public byte[] PrintToPdf()
    {
        var result = _browser.Send("Page.printToPDF", new JsonObject { ["preferCSSPageSize"] = true, ["printBackground"] = true }, _session);
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    /// <summary>Lays the page out as printed on a page <paramref name="width"/> CSS pixels wide (print media, that viewport).</summary>
    public void EmulatePrint(int width, int height)
    {
        _browser.Send("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" }, _session);
        _browser.Send("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false }, _session);
    }

    /// <summary>What the page reported as an error: console errors, uncaught exceptions, failed loads, log entries.</summary>
    public IReadOnlyList<string> Errors()
    {
        _events.AddRange(_browser.EventsOf(_session));
        return _events.Select(e => (Method: e["method"]!.GetValue<string>(), Params: e["params"]!))
            .Where(e => e.Method switch
            {
                "Runtime.exceptionThrown" => true,
                "Runtime.consoleAPICalled" => e.Params["type"]!.GetValue<string>() is "error" or "assert",
                "Log.entryAdded" => e.Params["entry"]!["level"]!.GetValue<string>() is "error",
                _ => false,
            })
            .Select(e => e.Method + ": " + e.Params.ToJsonString())
            .ToArray();
    }

    public void Close()
    {
        _browser.Send("Target.closeTarget", new JsonObject { ["targetId"] = _target });
        _browser.EventsOf(_session);
    }
}
