using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CeuRules.Server;

/// <summary>The OpenAPI document's settings: version 3.1, the service's description and its security schemes, no server address (it depends on the deployment).</summary>
internal static class OpenApiContract
{
    internal static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddDocumentTransformer((document, context, cancellationToken) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CeuRules HTTP API",
                Version = "v1",
                Description = "Medical-assistant recertification rules over HTTP: evaluate transcripts, summarize workforces, validate course catalogs, list the policies with their sources. The JSON formats are those of docs/formats.md; errors are RFC 9457 problem details with the readers' finding codes and JSON paths.",
            };
            document.Servers?.Clear();
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                ["ApiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.Header,
                    Description = "An API key whose SHA-256 hash is configured (CeuRules:ApiKeys); also accepted as 'Authorization: ApiKey KEY'.",
                },
                ["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT from the configured identity provider (CeuRules:Jwt).",
                },
            };
            document.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] },
            ];
            return Task.CompletedTask;
        });
    }
}
