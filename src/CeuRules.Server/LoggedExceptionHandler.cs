using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CeuRules.Server;

/// <summary>
/// Answers a failure: a body the server could not read (the client's fault: a malformed chunk, a body too
/// slow or cut short) with its 4xx problem, logged as information; a client that went away with nothing,
/// logged as information; anything else with a 500 problem, logged as an error with the exception's type
/// and the route, never its message (which may quote personal data).
/// </summary>
internal sealed partial class LoggedExceptionHandler(ILogger<LoggedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            LogClientFault(logger, bad.StatusCode, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
            await HttpInput.UnreadableBody(bad).ExecuteAsync(httpContext).ConfigureAwait(false);
            return true;
        }
        if (exception is OperationCanceledException or System.IO.IOException && httpContext.RequestAborted.IsCancellationRequested)
        {
            LogClientGone(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
            return true;
        }
        LogFailure(logger, exception.GetType().FullName ?? exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
        await HttpInput.Problem(StatusCodes.Status500InternalServerError, "An internal error occurred.", new Finding(FindingCodes.ServiceFailure, FindingSeverity.Error, "$"))
            .ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an unreadable request body ({Status}) on {Method} {Path}.")]
    private static partial void LogClientFault(ILogger logger, int status, string method, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The client went away during {Method} {Path}.")]
    private static partial void LogClientGone(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} on {Method} {Path}.")]
    private static partial void LogFailure(ILogger logger, string exceptionType, string method, string path);
}
