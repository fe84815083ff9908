using System;
using System.Linq;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace CeuRules.Server.Tests;

/// <summary>Behind an identity provider: bearer tokens for the configured audience are accepted, others refused.</summary>
public sealed class JwtTest
{
    private const string Issuer = "https://login.example.test/";
    private const string Audience = "ceurules";

    private static readonly SymmetricSecurityKey SigningKey = new(System.Text.Encoding.UTF8.GetBytes("a test signing key of at least thirty-two bytes"));

    [Fact]
    public async Task A_token_for_the_audience_is_accepted_and_others_are_refused()
    {
        using var factory = new ServerFactory(new Dictionary<string, string?> { ["CeuRules:Jwt:Authority"] = Issuer, ["CeuRules:Jwt:Audience"] = Audience })
        {
            // The provider's metadata, given here instead of fetched: the tests use no network.
            TestServices = services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.ConfigurationManager = null;
                options.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                options.Configuration.SigningKeys.Add(SigningKey);
                options.TokenValidationParameters.ValidIssuer = Issuer;
                options.TokenValidationParameters.IssuerSigningKey = SigningKey;
            }),
        };
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await Get(client, Token(Audience, SigningKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(client, Token("another-api", SigningKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(client, Token(Audience, new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes("another key of at least thirty-two bytes long")))));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(client, "not.a.token"));

        // The audit trail: each refused token with its subject and the failure, never the token itself.
        var wrongAudience = Token("another-api", SigningKey);
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(client, wrongAudience));
        var audit = factory.Logs.Where(l => l.Contains("CeuRules.Server.Audit", StringComparison.Ordinal)).ToList();
        Assert.Contains(audit, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Refused bearer token (subject hr-app, issuer " + Issuer, StringComparison.Ordinal)
            && l.Contains("SecurityTokenInvalidAudienceException", StringComparison.Ordinal) && l.Contains("ClientAddress=", StringComparison.Ordinal));
        Assert.Contains(audit, l => l.Contains("subject unreadable", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs, l => l.Contains(wrongAudience, StringComparison.Ordinal) || l.Contains(wrongAudience.Split('.')[2], StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> Get(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string Token(string audience, SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Subject = new ClaimsIdentity([new Claim("sub", "hr-app")]),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });
}
