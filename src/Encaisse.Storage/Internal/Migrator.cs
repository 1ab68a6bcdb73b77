using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Encaisse.Storage.Internal;

internal sealed record Migration(int Version, string Name, string Script, string Checksum);

/// <summary>
/// Applies the embedded migrations (Migrations/{sqlite|postgres}/NNNN_name.sql) in order, each in its own
/// transaction together with its schema_migrations row. On PostgreSQL a session advisory lock serialises
/// processes that start at the same time; on SQLite the IMMEDIATE write transaction does, and each migration
/// re-checks inside its transaction whether another process applied it first.
/// </summary>
internal static class Migrator
{
    // Arbitrary constant shared by every Encaisse process: "encaisse" in ASCII.
    private const long PostgresLockKey = 0x656E_6361_6973_7365;

    public static IReadOnlyList<Migration> Load(DatabaseKind kind)
    {
        var folder = kind == DatabaseKind.Sqlite ? "sqlite" : "postgres";
        var prefix = $"Migrations/{folder}/";
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' must be named NNNN_name.sql.");
            }

            var script = ReadResource(assembly, resource);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script.ReplaceLineEndings("\n"))));
            migrations.Add(new Migration(version, name, script, checksum));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share version {migrations[i].Version}.");
            }
        }

        return migrations;
    }

    public static async Task MigrateAsync(Backend backend, CancellationToken cancellationToken)
    {
        var migrations = Load(backend.Kind);
        await using var connection = await backend.OpenAsync(cancellationToken);
        var postgres = backend.Kind == DatabaseKind.PostgreSql;
        if (postgres)
        {
            await using var lockCommand = backend.Command(connection, null, "SELECT pg_advisory_lock(@key)").Int64("@key", PostgresLockKey);
            await lockCommand.ExecuteAsync(cancellationToken);
        }

        try
        {
            var timestampType = postgres ? "timestamptz" : "TEXT";
            await using (var create = backend.Command(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, "
                + $"checksum text NOT NULL, applied_at {timestampType} NOT NULL)"))
            {
                await create.ExecuteAsync(cancellationToken);
            }

            var applied = await AppliedAsync(backend, connection, cancellationToken);
            var known = migrations.ToDictionary(m => m.Version);
            foreach (var (version, checksum) in applied)
            {
                if (!known.TryGetValue(version, out var migration))
                {
                    throw new StorageException(StorageError.SchemaTooNew,
                        $"The database has schema version {version}, newer than this version of Encaisse knows: upgrade Encaisse.");
                }

                if (migration.Checksum != checksum)
                {
                    throw new StorageException(StorageError.MigrationChanged,
                        $"Migration {migration.Name} was changed after it was applied to this database.");
                }
            }

            foreach (var migration in migrations)
            {
                if (!applied.ContainsKey(migration.Version))
                {
                    await ApplyAsync(backend, connection, migration, cancellationToken);
                }
            }
        }
        finally
        {
            if (postgres)
            {
                await using var unlock = backend.Command(connection, null, "SELECT pg_advisory_unlock(@key)").Int64("@key", PostgresLockKey);
                await unlock.ExecuteAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(
        Backend backend, System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        await using var select = backend.Command(connection, null, "SELECT version, checksum FROM schema_migrations");
        var rows = await select.ListAsync(r => (Version: r.Int32(0), Checksum: r.Text(1)), cancellationToken);
        return rows.ToDictionary(r => r.Version, r => r.Checksum);
    }

    private static async Task ApplyAsync(
        Backend backend, System.Data.Common.DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        await using (var check = backend.Command(connection, transaction, "SELECT count(*) FROM schema_migrations WHERE version = @version")
            .Int32("@version", migration.Version))
        {
            if (await check.ScalarInt64Async(cancellationToken) > 0)
            {
                return;
            }
        }

        await using (var script = backend.Command(connection, transaction, migration.Script))
        {
            await script.ExecuteAsync(cancellationToken);
        }

        await using (var record = backend.Command(connection, transaction,
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @now)")
            .Int32("@version", migration.Version)
            .Text("@name", migration.Name)
            .Text("@checksum", migration.Checksum)
            .Timestamp("@now", backend.Now()))
        {
            await record.ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded migration {resource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
