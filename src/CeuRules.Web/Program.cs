using CeuRules.Web;
using CeuRules.Web.Services;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
// No HttpClient is registered: the page never calls a server with what it reads.
builder.Services.AddSingleton(_ => new Engine());
builder.Services.AddSingleton<Language>();
builder.Services.AddScoped<Browser>();
await builder.Build().RunAsync();
