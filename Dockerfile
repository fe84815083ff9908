# The HTTP service (docs/http-api.md, "Container"), from the official .NET images:
#   docker build -t ceurules-server .
#   docker run --rm -p 8080:8080 -e CeuRules__ApiKeys__0__Name=hr-system -e CeuRules__ApiKeys__0__Sha256=HASH ceurules-server
# It listens on port 8080 (ASPNETCORE_HTTP_PORTS, set by the runtime image) and runs as the image's non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# The build's settings and pinned packages first, so that a code change does not repeat the restore.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# CeuRules.Json embeds the JSON Schemas and its package's read-me from docs/.
COPY docs/schemas/ docs/schemas/
COPY docs/packages/ docs/packages/
RUN dotnet publish src/CeuRules.Server/CeuRules.Server.csproj -c Release -f net10.0 -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "CeuRules.Server.dll"]
