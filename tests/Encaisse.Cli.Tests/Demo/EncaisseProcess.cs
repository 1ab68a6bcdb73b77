using System.Diagnostics;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Encaisse.Cli.Tests.Demo;

/// <summary>What one run of the encaisse command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the real `encaisse` (the CLI build copied next to the tests) as a child process, with a pinned day
/// (ENCAISSE_TODAY) and no colours, and gives each test its own database: a new SQLite file, or a new
/// PostgreSQL database dropped by <see cref="DropAllAsync"/>.
/// </summary>
public sealed class EncaisseProcess
{
    public const string Today = "2026-11-23";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly List<string> postgresDatabases = [];

    /// <summary>A --db value for a database that does not exist yet (PostgreSQL: created empty, without schema).</summary>
    public async Task<string> NewDatabaseAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db");
        }

        var server = TestEnvironment.PostgresConnectionString ?? throw new InvalidOperationException(
            $"{TestEnvironment.RequireVariable}=1 but {TestEnvironment.PostgresVariable} is not set: start a server with scripts/pg.sh start.");
        var name = "encaisse_cli_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        postgresDatabases.Add(name);
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "encaisse.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ENCAISSE_TODAY"] = Today;
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("ENCAISSE_DB");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("encaisse did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"encaisse {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    public static async Task<EncaisseDatabase> OpenAsync(string db) =>
        await EncaisseDatabase.OpenAsync(db, TimeProvider.System, CancellationToken.None);

    public async Task DropAllAsync()
    {
        if (postgresDatabases.Count > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await admin.OpenAsync();
            foreach (var name in postgresDatabases)
            {
                await using var drop = admin.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync();
            }
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
