import { Injectable, Inject as InjectToken } from '@nestjs/common';
