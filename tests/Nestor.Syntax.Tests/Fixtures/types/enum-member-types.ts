type Up = Direction.Up;
