namespace Nestor.Mongo;
