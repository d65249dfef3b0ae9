export @Injectable() class AfterExport {}
