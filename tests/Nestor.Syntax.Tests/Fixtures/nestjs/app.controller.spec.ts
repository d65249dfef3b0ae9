import { Test, TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { CatsController } from './cats.controller';
import { CatsService } from './cats.service';
import { Cat } from './schemas/cat.schema';

describe('CatsController', () => {
  let controller: CatsController;
  const model = { find: jest.fn().mockReturnThis(), exec: jest.fn<Promise<Cat[]>, []>() };

  beforeEach(async () => {
    const module: TestingModule = await Test.createTestingModule({
      controllers: [CatsController],
      providers: [CatsService, { provide: getModelToken(Cat.name), useValue: model }],
    }).compile();
    controller = module.get<CatsController>(CatsController);
  });

  it('lists cats', async () => {
    model.exec.mockResolvedValueOnce([{ name: 'Tom' } as Cat]);
    await expect(controller.findAll({ page: 1, limit: 1 } as never)).resolves.toHaveLength(1);
  });
});
