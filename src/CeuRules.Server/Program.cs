using System;
using System.Security.Cryptography;

namespace CeuRules.Server;

/// <summary>
/// Starts the service (<c>dotnet run --project src/CeuRules.Server</c>), or with <c>hash-key KEY</c>
/// prints the SHA-256 hash to configure for an API key, or with <c>new-key</c> makes a random key and
/// prints it with its hash.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["hash-key", var key])
        {
            Console.WriteLine(ApiKeyAuthenticationHandler.Hash(key));
            return 0;
        }
        if (args is ["new-key"])
        {
            string created = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            Console.WriteLine($"key:    {created}");
            Console.WriteLine($"sha256: {ApiKeyAuthenticationHandler.Hash(created)}");
            return 0;
        }
        if (args is ["hash-key", ..] or ["new-key", ..])
        {
            Console.Error.WriteLine("usage: hash-key KEY | new-key");
            return 2;
        }
        Microsoft.AspNetCore.Builder.WebApplication? app;
        try
        {
            app = ServerApp.Build(args);
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        app.Run();
        return 0;
    }
}
