-- False until the migrations have created the table: the importer then refuses with a clear message.
select to_regclass('airports') is not null;
