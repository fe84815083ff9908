using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CeuRules.Server;

/// <summary>
/// The audit trail of refused credentials: every failed API key or bearer token is logged as a warning with
/// the client's address and what identifies the credential without revealing it (an API key's id, the first
/// 12 hexadecimal digits of its SHA-256 hash, the same hash the configuration holds; a token's subject and
/// issuer as the token states them), never the key or the token.
/// </summary>
internal static partial class AuthAudit
{
    /// <summary>The log category of the audit trail.</summary>
    internal const string Category = "CeuRules.Server.Audit";

    /// <summary>The id of an API key in logs: the first 12 hexadecimal digits of its SHA-256 hash.</summary>
    internal static string KeyId(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    internal static void ApiKeyRefused(HttpContext context, string key)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Warning))
        {
            string address = Address(context), keyId = KeyId(key);
            LogApiKeyRefused(logger, address, keyId, context.Request.Method, context.Request.Path.Value ?? string.Empty);
        }
    }

    internal static void TokenRefused(HttpContext context, Exception? failure)
    {
        string subject = "unreadable", issuer = "unreadable";
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                // Read, not validated: the claims are what the refused token says, and are logged as such.
                var token = new JsonWebTokenHandler().ReadJsonWebToken(header[7..].Trim());
                subject = Clean(token.Subject);
                issuer = Clean(token.Issuer);
            }
            catch (ArgumentException)
            {
                // Not a JWT at all: the subject stays "unreadable".
            }
        }
        LogTokenRefused(Logger(context), Address(context), subject, issuer, failure?.GetType().Name ?? "unknown",
            context.Request.Method, context.Request.Path.Value ?? string.Empty);
    }

    internal static void NoCredentials(HttpContext context)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Information))
        {
            string address = Address(context);
            LogNoCredentials(logger, address, context.Request.Method, context.Request.Path.Value ?? string.Empty);
        }
    }

    private static ILogger Logger(HttpContext context) =>
        ((ILoggerFactory)context.RequestServices.GetService(typeof(ILoggerFactory))!).CreateLogger(Category);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A claim from a refused token, at most 100 characters with every control character escaped: it is the sender's text.</summary>
    private static string Clean(string? text) => text is null or "" ? "none" : PlainText.Escape(text.Length <= 100 ? text : text[..100]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused API key {KeyId} from {ClientAddress} on {Method} {Path}.")]
    private static partial void LogApiKeyRefused(ILogger logger, string clientAddress, string keyId, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused bearer token (subject {Subject}, issuer {Issuer}: {Failure}) from {ClientAddress} on {Method} {Path}.")]
    private static partial void LogTokenRefused(ILogger logger, string clientAddress, string subject, string issuer, string failure, string method, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request without credentials from {ClientAddress} on {Method} {Path}.")]
    private static partial void LogNoCredentials(ILogger logger, string clientAddress, string method, string path);
}
