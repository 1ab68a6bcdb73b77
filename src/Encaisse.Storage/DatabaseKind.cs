namespace Encaisse.Storage;

/// <summary>Which database engine an <see cref="EncaisseDatabase"/> runs on.</summary>
public enum DatabaseKind
{
    /// <summary>One local file: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several processes: production.</summary>
    PostgreSql,
}
