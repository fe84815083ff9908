using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CeuRules.Server;

/// <summary>
/// Authenticates a request by its API key, sent as <c>X-Api-Key: KEY</c> or <c>Authorization: ApiKey KEY</c>.
/// The configuration holds only SHA-256 hashes of the keys; a key is hashed and compared with each
/// in constant time. The client is named by the key's configured name, never by the key.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    /// <summary>The scheme's name.</summary>
    internal const string SchemeName = "ApiKey";

    /// <summary>The header that carries a key.</summary>
    internal const string Header = "X-Api-Key";

    private readonly List<(string Name, byte[] Hash)> keys = new();

    public ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ServerOptions> server)
        : base(options, logger, encoder)
    {
        foreach (var key in server.Value.ApiKeys)
        {
            keys.Add((key.Name!, Convert.FromHexString(key.Sha256!)));
        }
    }

    /// <summary>The SHA-256 hash of a key, as 64 lower-case hexadecimal digits.</summary>
    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? key = null;
        if (Request.Headers.TryGetValue(Header, out var values))
        {
            key = values.Count == 1 ? values[0] : null;
        }
        else if (Request.Headers.Authorization is { Count: 1 } authorization
            && authorization[0] is { } value && value.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            key = value[(SchemeName.Length + 1)..].Trim();
        }
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        string? name = null;
        foreach (var (candidate, expected) in keys)
        {
            // Every configured hash is compared, so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                name = candidate;
            }
        }
        if (name is null)
        {
            AuthAudit.ApiKeyRefused(Context, key);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one of the configured keys."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The body (problem details) is written by the status code pages, as for every empty error response.
        if (!Request.Headers.ContainsKey(Header) && !Request.Headers.ContainsKey("Authorization"))
        {
            AuthAudit.NoCredentials(Context);
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", SchemeName + " header=\"" + Header + "\"");
        return Task.CompletedTask;
    }
}
