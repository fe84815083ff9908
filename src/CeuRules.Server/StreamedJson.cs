using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CeuRules.Server;

/// <summary>
/// A 200 JSON response written by one of the library's synchronous writers, as it writes: the writer runs
/// on a worker into a pipe of at most 1 MiB that the response reads from, so the response is never held
/// whole in memory and a client that stops reading stops the writer (cooperative cancellation of the writing).
/// </summary>
internal sealed class StreamedJson(Action<Stream> write) : IResult
{
    private const long PauseBytes = 1 << 20;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var token = httpContext.RequestAborted;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseBytes, resumeWriterThreshold: PauseBytes / 2, useSynchronizationContext: false));
        var writing = Task.Run(() =>
        {
            try
            {
                using (var stream = pipe.Writer.AsStream(leaveOpen: true))
                {
                    write(stream);
                }
                pipe.Writer.Complete();
            }
#pragma warning disable CA1031 // Handed to the reading side, which ends the response.
            catch (Exception e)
#pragma warning restore CA1031
            {
                pipe.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await pipe.Reader.CopyToAsync(response.Body, token).ConfigureAwait(false);
        }
        finally
        {
            // The writer is stopped (its next write fails) and waited for, so that no writing outlives the request.
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            await writing.ConfigureAwait(false);
        }
    }
}
