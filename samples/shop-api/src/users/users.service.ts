import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { Role } from './role.enum';
import { User, UserDocument } from './schemas/user.schema';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
}

const DUPLICATE_KEY = 11000;

@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  async findById(id: string): Promise<UserDocument> {
    const user = await this.users.findById(id).exec();
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    return user;
  }

  findByEmail(email: string): Promise<UserDocument | null> {
    return this.users.findOne({ email: email.toLowerCase() }).exec();
  }

  async create(newUser: NewUser): Promise<UserDocument> {
    try {
      return await this.users.create({
        email: newUser.email,
        password: newUser.passwordHash,
        displayName: newUser.displayName,
        role: Role.Customer,
      });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) {
        throw new ConflictException('An account with this email already exists');
      }
      throw error;
    }
  }

  async updateProfile(id: string, changes: UpdateProfileDto): Promise<UserDocument> {
    const user = await this.users
      .findByIdAndUpdate(id, { $set: changes }, { returnDocument: 'after', runValidators: true })
      .exec();
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    return user;
  }

  async touchLastLogin(id: string, at: Date): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { lastLoginAt: at } }).exec();
  }
}
