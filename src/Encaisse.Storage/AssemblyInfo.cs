namespace Encaisse.Storage;
