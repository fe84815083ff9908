using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CeuRules.Server.Tests;

/// <summary>
/// Validates every response the service sends in the test suite against docs/openapi.json with a JSON Schema
/// validator: the status must be one the operation documents, the media type one it documents for that
/// status, and the body (each line of a JSON Lines stream) must match the schema; a problem from a path or
/// method the document does not describe (404, 405) must match the <c>Problem</c> schema. Violations are
/// collected by the factory, which fails when it is disposed with any.
/// </summary>
internal sealed class OpenApiValidation : IStartupFilter
{
    private const int MaxCaptured = 64 * 1024 * 1024;

    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ServerFactory.Root(), "docs", "openapi.json")))!.AsObject());

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private readonly ConcurrentQueue<string> violations;

    internal OpenApiValidation(ConcurrentQueue<string> violations) => this.violations = violations;

    /// <summary>How many responses were validated (a test that none were skipped by mistake can read it).</summary>
    internal int Validated => validated;

    private int validated;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(Validate);
        next(app);
    };

    private async Task Validate(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        using var tee = new Tee(original);
        context.Response.Body = tee;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.RequestAborted.IsCancellationRequested || tee.Overflowed)
        {
            return;
        }
        try
        {
            Check(context, tee.Captured.ToArray());
        }
#pragma warning disable CA1031 // A violation is recorded, never thrown into the server.
        catch (Exception e)
#pragma warning restore CA1031
        {
            violations.Enqueue($"{context.Request.Method} {context.Request.Path}: the check failed: {e}");
        }
    }

    private void Check(HttpContext context, byte[] body)
    {
        var request = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} → {context.Response.StatusCode}";
        string status = context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string media = (context.Response.ContentType ?? string.Empty).Split(';')[0].Trim();
        string? template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var paths = Document.Value["paths"]!.AsObject();
        var operation = template is null ? null : paths[template]?[context.Request.Method.ToLowerInvariant()];
        if (operation is null)
        {
            // Outside the document (health, the OpenAPI document itself, 404, 405): only a problem is checked, against Problem.
            if (media == "application/problem+json")
            {
                Interlocked.Increment(ref validated);
                Match(request, "#/components/schemas/Problem", body, lines: false);
            }
            return;
        }
        Interlocked.Increment(ref validated);
        var response = operation["responses"]?[status];
        if (response is null)
        {
            violations.Enqueue($"{request}: the status is not documented for {template}.");
            return;
        }
        if (body.Length == 0)
        {
            return;
        }
        var content = response["content"]?[media];
        if (content is null)
        {
            violations.Enqueue($"{request}: the media type '{media}' is not documented for status {status}.");
            return;
        }
        if (media is "application/json" or "application/problem+json" or "application/x-ndjson")
        {
            Match(request, content["schema"]!.ToJsonString(), body, lines: media == "application/x-ndjson");
        }
    }

    private void Match(string request, string schemaOrRef, byte[] body, bool lines)
    {
        var texts = lines
            ? Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : [Encoding.UTF8.GetString(body)];
        foreach (var text in texts)
        {
            var errors = Errors(schemaOrRef, text);
            if (errors.Count > 0)
            {
                violations.Enqueue($"{request}: the body does not match {schemaOrRef}: {string.Join("; ", errors)}\n{(text.Length > 500 ? text[..500] : text)}");
            }
        }
    }

    /// <summary>Where <paramref name="json"/> does not match the schema (a reference into docs/openapi.json, or an inline schema); empty when it does.</summary>
    internal static IReadOnlyList<string> Errors(string schemaOrRef, string json)
    {
        var schema = Schemas.GetOrAdd(schemaOrRef, Build);
        using var instance = JsonDocument.Parse(json);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    /// <summary>A JSON Schema 2020-12 of one response: the operation's schema with every component schema as a definition.</summary>
    private static JsonSchema Build(string schemaOrRef)
    {
        var id = new Uri($"https://contract.ceurules.test/{Guid.NewGuid():N}");
        // The identifiers and definitions first, the reference last: references are resolved as the schema is built.
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id.ToString(),
            ["$defs"] = Document.Value["components"]!["schemas"]!.DeepClone(),
        };
        if (schemaOrRef.StartsWith('#'))
        {
            root["$ref"] = schemaOrRef;
        }
        else
        {
            foreach (var (name, value) in JsonNode.Parse(schemaOrRef)!.AsObject())
            {
                root[name] = value?.DeepClone();
            }
        }
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, id);
    }

    /// <summary>Writes through to the response and keeps a copy, up to a bound.</summary>
    private sealed class Tee(Stream inner) : Stream
    {
        internal MemoryStream Captured { get; } = new();

        internal bool Overflowed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (Captured.Length + bytes.Length > MaxCaptured)
            {
                Overflowed = true;
                return;
            }
            Captured.Write(bytes);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Captured.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
