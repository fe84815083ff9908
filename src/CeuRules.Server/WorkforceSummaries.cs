using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Json;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CeuRules.Server;

/// <summary>
/// The workforce stream's response: the rows of the library's workforce pipeline (the one
/// <c>ceurules batch</c> reads), written as they come in input order, as JSON Lines (a summary line last)
/// or as CSV (the batch report's columns). Memory is bounded by the lines in flight and the longest line,
/// not by the workforce. A stream cut by the time limit or by an unreadable body ends with a last line
/// that says so (docs/http-api.md); one that could not start is answered with a problem.
/// </summary>
internal static partial class WorkforceSummaries
{
    private const int FlushBytes = 1 << 15;
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    internal static async Task RunAsync(HttpContext context, WorkforceEvaluator workforce, LocalDate asOf, int withinDays, bool csv, ServerOptions settings, ILogger logger)
    {
        var catalog = workforce.Evaluator.Catalog;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(settings.WorkforceTimeoutSeconds));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, context.RequestAborted);
        var token = stop.Token;
        var response = context.Response;
        var output = response.BodyWriter;
        var buffer = new MemoryStream();
        // The CSV's words (statuses, next steps, a malformed line's errors) are in the language the request asks for, as a problem's are.
        using var table = csv ? new WorkforceCsvWriter(buffer, catalog, Explanations.Explainer.For(HttpInput.Culture(context.Request))) : null;
        if (csv)
        {
            response.Headers.ContentLanguage = HttpInput.Culture(context.Request).Name;
            response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage;
        }
        using var json = new Utf8JsonWriter(buffer, Options);
        var forecast = new WorkforceForecastBuilder(asOf, withinDays, maxListed: 0);
        long lines = 0, people = 0, malformed = 0, lastLine = 0;
        var sinceFlush = Stopwatch.StartNew();
        string end = "completed";

        var rows = workforce.EvaluateInOrderAsync(
            WorkforceJsonLines.ReadLinesAsync(context.Request.Body, settings.MaxLineBytes, settings.MaxWorkforceBodyBytes, cancellationToken: token),
            line => WorkforceJsonLines.Read(line, catalog), asOf, token);
        try
        {
            try
            {
                await foreach (var row in rows.ConfigureAwait(false))
                {
                    lines++;
                    lastLine = row.Line;
                    if (row.Evaluation is { } person)
                    {
                        people++;
                        forecast.Add(person);
                    }
                    else
                    {
                        malformed++;
                    }
                    if (table is not null)
                    {
                        table.Write(row);
                    }
                    else
                    {
                        WorkforceJsonWriter.WriteRow(json, row, EndLine);
                    }
                    await Send(false).ConfigureAwait(false);
                }
                if (table is null)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("summary");
                    WorkforceJsonWriter.WriteSummaryMembers(json, forecast.Build(), lines, people, malformed);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    EndLine(json);
                }
                await Send(true).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                end = "stopped by the time limit";
                await Stop(HttpInput.TimeLimit(settings.WorkforceTimeoutSeconds), StatusCodes.Status504GatewayTimeout, "The request took too long.").ConfigureAwait(false);
            }
            catch (BadHttpRequestException e)
            {
                // The client's fault (a malformed chunk, a body sent too slowly, a body over the server's limit): its 4xx status, or a last line.
                end = "stopped by an unreadable body";
                await Stop(HttpInput.BodyFault(e), e.StatusCode, "The request body could not be read.").ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away: nothing can be answered.
            end = "aborted by the client";
        }
        // Counts only: never a person id, a name or a title.
        LogEnd(logger, end, lines, people, malformed);

        void EndLine(Utf8JsonWriter writer)
        {
            writer.Flush();
            buffer.WriteByte((byte)'\n');
            writer.Reset();
        }

        // Sends what is buffered: at once when asked, else when enough has gathered or the reader has waited long enough.
        async Task Send(bool now)
        {
            table?.Flush();
            if (buffer.Length > 0)
            {
                output.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                buffer.SetLength(0);
            }
            if (now || output.UnflushedBytes > FlushBytes || sinceFlush.ElapsedMilliseconds > 200)
            {
                // Only the client leaving cancels a flush: a cancelled flush makes Kestrel reset the stream, so the time
                // limit stops the reading and the evaluation instead, and the stream still ends with its documented last line.
                var flushed = await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                sinceFlush.Restart();
                if (flushed.IsCanceled || flushed.IsCompleted)
                {
                    throw new OperationCanceledException("The client stopped reading.");
                }
            }
        }

        // Ends a stream cut short: a problem when nothing was sent yet, else the documented last line (its "afterLine"
        // is the last line evaluated; the lines after it were not).
        async Task Stop(Finding why, int status, string title)
        {
            if (!response.HasStarted)
            {
                buffer.SetLength(0);
                response.ContentType = null;
                await HttpInput.Problem(status, title, why).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            buffer.SetLength(0);
            if (table is not null)
            {
                table.WriteProblem(lastLine + 1, null, $"{HttpInput.Detail(context, why)} [{why.Code}]");
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartObject("stopped");
                json.WriteString("code", why.Code);
                json.WriteNumber("afterLine", lastLine);
                json.WriteString("message", why.Message);
                json.WriteEndObject();
                json.WriteEndObject();
                EndLine(json);
            }
            table?.Flush();
            output.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workforce stream {End}: {Lines} lines, {People} people evaluated, {Malformed} malformed lines.")]
    private static partial void LogEnd(ILogger logger, string end, long lines, long people, long malformed);
}
