using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace SocioRunner.EndToEnd.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket: numbered commands answered by id, and events
/// handed to <see cref="EventReceived"/>. Written by hand so the browser test needs no npm or Playwright download.
/// </summary>
public sealed class DevToolsClient : IAsyncDisposable
{
    readonly ClientWebSocket socket = new();
    readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    readonly SemaphoreSlim sendLock = new(1, 1);   // ClientWebSocket allows one send at a time
    readonly CancellationTokenSource stopping = new();
    Task receiving = Task.CompletedTask;
    int lastId;

    /// <summary>Raised on the receive loop for every event (method, params); handlers must not block.</summary>
    public event Action<string, JsonElement>? EventReceived;

    DevToolsClient() { }

    public static async Task<DevToolsClient> ConnectAsync(Uri webSocketUrl, CancellationToken cancellation)
    {
        var client = new DevToolsClient();
        try
        {
            await client.socket.ConnectAsync(webSocketUrl, cancellation);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
        client.receiving = Task.Run(client.ReceiveLoop);
        return client;
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error becomes an exception naming the method.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellation)
    {
        int id = Interlocked.Increment(ref lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await sendLock.WaitAsync(cancellation);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        }
        finally
        {
            sendLock.Release();
        }
        using var registration = cancellation.Register(() => answer.TrySetCanceled(cancellation));
        try
        {
            return await answer.Task;
        }
        catch (DevToolsException e)
        {
            throw new DevToolsException($"{method}: {e.Message}");
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();   // screenshots arrive as multi-megabyte messages in many frames
        Exception closed = new WebSocketException("the DevTools connection closed");
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, stopping.Token);
                if (frame.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, frame.Count);
                if (!frame.EndOfMessage) continue;
                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e)   // any failure (socket, JSON, handler) must reach the waiting commands, not vanish
        {
            closed = e;
        }
        foreach (var waiting in pending.Values) waiting.TrySetException(closed);
    }

    void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!pending.TryGetValue(id.GetInt32(), out var answer)) return;
            if (root.TryGetProperty("error", out var error))
                answer.TrySetException(new DevToolsException(error.GetRawText()));
            else
                answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
        else if (root.TryGetProperty("method", out var method))
        {
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            EventReceived?.Invoke(method.GetString() ?? "", parameters);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException) { }   // the browser is killed next anyway
        await stopping.CancelAsync();
        await receiving;
        socket.Dispose();
        stopping.Dispose();
        sendLock.Dispose();
    }
}
