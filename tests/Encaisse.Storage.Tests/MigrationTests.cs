using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Encaisse.Storage.Tests;

public sealed class MigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, Sqlite, Postgres]
    public async Task Opening_again_and_concurrently_applies_each_migration_once(DatabaseKind kind)
    {
        var argument = await fixture.ArgumentAsync(kind);
        var time = new FakeTimeProvider(DatabaseFixture.Start);
        var opened = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => EncaisseDatabase.OpenAsync(argument, time, CancellationToken.None)));
        await using var again = await EncaisseDatabase.OpenAsync(argument, time, CancellationToken.None);
        foreach (var db in opened)
        {
            await db.DisposeAsync();
        }

        await using var test = new TestDatabase(await EncaisseDatabase.OpenAsync(argument, time, CancellationToken.None), kind, argument);
        Assert.Equal(kind, test.Db.Kind);
        Assert.Equal(test.Db.SchemaVersion, await test.ScalarAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(test.Db.SchemaVersion, await test.ScalarAsync("SELECT max(version) FROM schema_migrations"));
    }

    [Theory, Sqlite, Postgres]
    public async Task A_database_migrated_by_a_newer_version_is_refused(DatabaseKind kind)
    {
        await using (var test = await fixture.OpenAsync(kind))
        {
            await test.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, '9999_future', 'x', "
                + (kind == DatabaseKind.Sqlite ? "'2030-01-01T00:00:00.000000Z')" : "now())"));
            var error = await Assert.ThrowsAsync<StorageException>(() =>
                EncaisseDatabase.OpenAsync(test.Argument, TimeProvider.System, CancellationToken.None));
            Assert.Equal(StorageError.SchemaTooNew, error.Error);
            await test.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 9999");
        }
    }

    [Fact]
    public async Task A_sqlite_database_is_in_wal_mode()
    {
        await using var test = await fixture.OpenAsync(DatabaseKind.Sqlite);
        Assert.Equal("wal", await test.TextAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_sqlite_path_gets_its_folders_created()
    {
        var path = Path.Combine(Path.GetTempPath(), "encaisse-tests", Guid.NewGuid().ToString("N"), "a", "b", "ledger.db");
        await using (var db = await EncaisseDatabase.OpenAsync(path, TimeProvider.System, CancellationToken.None))
        {
            Assert.Equal(DatabaseKind.Sqlite, db.Kind);
            Assert.Contains(path, db.Target, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(path));
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!)!, recursive: true);
    }

    [Theory, Postgres]
    public async Task A_postgres_uri_opens_postgres(DatabaseKind kind)
    {
        var settings = new NpgsqlConnectionStringBuilder(await fixture.ArgumentAsync(kind));
        var uri = $"postgresql://{Uri.EscapeDataString(settings.Username!)}@{settings.Host}:{settings.Port}/{settings.Database}";
        await using var db = await EncaisseDatabase.OpenAsync(uri, TimeProvider.System, CancellationToken.None);
        Assert.Equal(DatabaseKind.PostgreSql, db.Kind);
        Assert.Contains(settings.Database!, db.Target, StringComparison.Ordinal);
    }
}
