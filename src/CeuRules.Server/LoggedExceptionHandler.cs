using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CeuRules.Server;

/// <summary>Answers an unexpected failure with a 500 problem and logs the exception's type and the route, never its message (which may quote personal data).</summary>
internal sealed partial class LoggedExceptionHandler(ILogger<LoggedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogFailure(logger, exception.GetType().FullName ?? exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
        await HttpInput.Problem(StatusCodes.Status500InternalServerError, "An internal error occurred.", "The request could not be completed; the service's log names the failure.")
            .ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} on {Method} {Path}.")]
    private static partial void LogFailure(ILogger logger, string exceptionType, string method, string path);
}
